using Fourfold.Data;
using Fourfold.Domain.Practices;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.EntityFrameworkCore;

namespace Fourfold.Web.Features.Safety;

/// <summary>
/// The crisis line shown in every page's footer: the one the reader's practice set (a professional's or
/// administrator's own practice; for a partner, the practice of their case). Nobody signed in, or a practice that set
/// none, gets "your local emergency number" alone.
/// </summary>
/// <remarks>
/// Looked up before a page renders, not by the footer itself: a page's components initialise concurrently, and they
/// share the request's one DbContext.
/// </remarks>
public sealed class CrisisLine
{
    public string? Number { get; private set; }

    public string? Country { get; private set; }

    /// <summary>The reader's practice's country code, empty when unknown; forms offer its time zones first.</summary>
    public string CountryCode { get; private set; } = "";

    public async Task LoadAsync(FourfoldDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Actor.Person is null)
        {
            return;
        }

        var practiceId = db.Actor.Practice ?? await db.Cases.AsNoTracking().OrderBy(c => c.Id).Select(c => (PracticeId?)c.PracticeId).FirstOrDefaultAsync(cancellationToken);
        var practice = practiceId is null ? null : await db.Practices.AsNoTracking()
            .Where(p => p.Id == practiceId).Select(p => new { p.CrisisLine, p.CountryCode }).SingleOrDefaultAsync(cancellationToken);
        CountryCode = practice?.CountryCode ?? "";
        if (practice is { CrisisLine.Length: > 0 })
        {
            Number = practice.CrisisLine;
            Country = Countries.NameOf(practice.CountryCode);
        }
    }
}

internal static class CrisisLineLoading
{
    /// <summary>Loads the line for requests that render a page.</summary>
    public static IApplicationBuilder UseCrisisLine(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
            {
                await context.RequestServices.GetRequiredService<CrisisLine>().LoadAsync(context.RequestServices.GetRequiredService<FourfoldDbContext>(), context.RequestAborted);
            }

            await next(context);
        });
}
