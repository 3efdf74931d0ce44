namespace Fourfold.Web.Infrastructure.Email;

/// <summary>
/// Builds the absolute links that go out in emails from the configured public address (Fourfold:PublicUrl), never from
/// the request's Host header, so that nobody can make Fourfold mail a link to their own site.
/// </summary>
public sealed class PublicLinks(IConfiguration configuration, IHttpContextAccessor accessor)
{
    public string To(string pathAndQuery)
    {
        var configured = configuration["Fourfold:PublicUrl"];
        var request = accessor.HttpContext?.Request;
        var origin = !string.IsNullOrWhiteSpace(configured)
            ? configured.TrimEnd('/')
            : request is not null && request.Host.HasValue && IsLoopback(request.Host.Host)
                ? $"{request.Scheme}://{request.Host}"
                : "http://localhost:5080";
        return origin + pathAndQuery;
    }

    private static bool IsLoopback(string host) =>
        host is "localhost" or "127.0.0.1" or "[::1]";
}
