namespace Fourfold.Data.Limits;

/// <summary>
/// How often something limited (a sign-in attempt from one address, a reset email to one account) happened in one
/// window of time. Kept in the database so that every instance of the app counts against the same limit.
/// </summary>
public sealed class RateLimitCounter
{
    public const int MaxKeyLength = 200;

    /// <summary>What is counted and for whom, e.g. <c>sign-in:203.0.113.9</c>.</summary>
    public string Key { get; set; } = "";

    /// <summary>The window's start, in Unix seconds.</summary>
    public long WindowStart { get; set; }

    public int Count { get; set; }
}
