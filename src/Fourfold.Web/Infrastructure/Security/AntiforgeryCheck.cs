using Microsoft.AspNetCore.Antiforgery;

namespace Fourfold.Web.Infrastructure.Security;

/// <summary>
/// For form posts to plain endpoints that bind no form fields: the antiforgery middleware only records its verdict,
/// so this filter turns a missing or wrong token into 400.
/// </summary>
internal static class AntiforgeryCheck
{
    public static TBuilder RequireAntiforgery<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .AddEndpointFilter(async (context, next) =>
                context.HttpContext.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: true }
                    ? await next(context)
                    : Results.BadRequest());
}
