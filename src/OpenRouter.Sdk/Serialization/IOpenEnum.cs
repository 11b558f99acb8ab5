namespace OpenRouter.Sdk.Serialization;

/// <summary>An extensible enumeration: a string wrapper whose unknown values round-trip unchanged.</summary>
internal interface IOpenEnum
{
    /// <summary>The wire value.</summary>
    string Value { get; }
}
