namespace Fourfold.Domain.Scheduling;

/// <summary>
/// Where a session happens: a place (an address, a room) and/or a video link the professional pastes from their own
/// video service. Fourfold has no video of its own. Either may be empty; a link must be https.
/// </summary>
public sealed record SessionVenue
{
    public const int MaxPlaceLength = 200;
    public const int MaxVideoLinkLength = 500;

    public static SessionVenue None { get; } = new(null, null);

    private SessionVenue(string? place, string? videoLink)
    {
        Place = place;
        VideoLink = videoLink;
    }

    public string? Place { get; }

    public string? VideoLink { get; }

    public bool IsKnown => Place is not null || VideoLink is not null;

    /// <summary>The venue, or the problems of each field (<c>Place</c>, <c>VideoLink</c>) in words for the person.</summary>
    public static SessionVenue? From(string? place, string? videoLink, IDictionary<string, string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var trimmedPlace = string.IsNullOrWhiteSpace(place) ? null : place.Trim();
        var trimmedLink = string.IsNullOrWhiteSpace(videoLink) ? null : videoLink.Trim();
        var valid = true;
        if (trimmedPlace is { Length: > MaxPlaceLength } || trimmedPlace?.Any(char.IsControl) == true)
        {
            problems[nameof(Place)] = $"Describe the place in one line of at most {MaxPlaceLength} characters.";
            valid = false;
        }

        if (trimmedLink is not null && !IsVideoLink(trimmedLink))
        {
            problems[nameof(VideoLink)] = $"Paste the meeting's full address, starting with https:// (at most {MaxVideoLinkLength} characters).";
            valid = false;
        }

        return valid ? new SessionVenue(trimmedPlace, trimmedLink) : null;
    }

    private static bool IsVideoLink(string link) =>
        link.Length <= MaxVideoLinkLength
        && Uri.TryCreate(link, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && !string.IsNullOrEmpty(uri.Host)
        && string.IsNullOrEmpty(uri.UserInfo);
}
