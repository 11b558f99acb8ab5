using System.Text.Json.Serialization;

namespace OpenRouter.Sdk.Tests.Builders;

public sealed record CityAnswer(string City);

public sealed class WeatherReport
{
    public string City { get; set; } = "";

    public double TemperatureC { get; set; }

    public string? Summary { get; set; }

    public List<Forecast> Forecasts { get; set; } = new();
}

public sealed class Forecast
{
    public string Day { get; set; } = "";

    public Condition Condition { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<Condition>))]
public enum Condition
{
    Sunny,
    Rainy,
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CityAnswer))]
[JsonSerializable(typeof(WeatherReport))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(int))]
internal sealed partial class BuilderTestJsonContext : JsonSerializerContext
{
}
