namespace Fourfold.Web.Features.Account;

/// <summary>The name a person gives each passkey, so that they can tell which one to remove when a device is lost.</summary>
internal static class PasskeyNames
{
    public const int MaxLength = 60;

    /// <summary>The name typed, cut to length, or "Passkey 2" when none was.</summary>
    public static string Chosen(string? typed, int passkeysAlready)
    {
        var name = string.Join(' ', (typed ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (name.Length == 0)
        {
            return $"Passkey {passkeysAlready + 1}";
        }

        return name.Length <= MaxLength ? name : name[..MaxLength];
    }
}
