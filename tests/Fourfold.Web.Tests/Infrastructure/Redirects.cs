namespace Fourfold.Web.Tests.Infrastructure;

public static class Redirects
{
    /// <summary>Where a redirect points, as a local path and query, whether the app wrote it absolute or relative.</summary>
    public static string? RedirectPath(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var location = response.Headers.Location;
        return location is null ? null : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }
}
