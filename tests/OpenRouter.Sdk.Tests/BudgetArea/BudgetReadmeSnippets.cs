namespace OpenRouter.Sdk.Tests.BudgetArea;

/// <summary>The README's "Budgets" block, compiled (the README test checks it appears here verbatim).</summary>
internal static class BudgetReadmeSnippets
{
    public static async Task UseABudgetAsync(string apiKey, ChatCompletionRequest request, CancellationToken ct)
    {
        using var client = new OpenRouterClient(new OpenRouterClientOptions
        {
            ApiKey = apiKey,
            Budget = new OpenRouterBudget { Limit = 5m, Window = TimeSpan.FromDays(1) },
        });

        try
        {
            ChatCompletion answer = await client.CreateChatCompletionAsync(request, ct);
        }
        catch (OpenRouterBudgetExceededException e)
        {
            Console.WriteLine($"Spent ${e.Spent} of ${e.Limit}; calls resume at {e.WindowEnd}");
        }

        OpenRouterBudgetSnapshot budget = client.Budget!.GetSnapshot();
        Console.WriteLine($"${budget.Spent} spent, ${budget.Remaining} left until {budget.WindowEnd}");
    }

    public static OpenRouterClientOptions WatchTheKeyLimit(string apiKey) => new()
    {
        ApiKey = apiKey,
        Budget = new OpenRouterBudget { Limit = 50m, KeyLimitCheckInterval = TimeSpan.FromMinutes(5), KeyLimitReserve = 1m },
    };
}
