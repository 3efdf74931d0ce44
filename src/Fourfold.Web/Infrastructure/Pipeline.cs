using Fourfold.Data;
using Fourfold.Data.Identity;
using Fourfold.Data.Tenancy;
using Fourfold.Web.Components;
using Fourfold.Web.Features.AccessHistory;
using Fourfold.Web.Features.Account;
using Fourfold.Web.Features.Accountability;
using Fourfold.Web.Features.Agreements;
using Fourfold.Web.Features.Authorizations;
using Fourfold.Web.Features.Cases;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Features.FullDisclosure;
using Fourfold.Web.Features.Invitations;
using Fourfold.Web.Features.PartnerMeetings;
using Fourfold.Web.Features.PracticeAdministration;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Features.Safety;
using Fourfold.Web.Features.Sessions;
using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Infrastructure.Database;
using Fourfold.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Fourfold.Web.Infrastructure;

internal static class Pipeline
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<DataActor>().BecomeSystem();
        var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
        var db = scope.ServiceProvider.GetRequiredService<FourfoldDbContext>();
        await DatabaseRoles.MigrateAsync(db, settings, app.Configuration, app.Lifetime.ApplicationStopping);
        await app.Services.GetRequiredService<AuditTrail>().BeginTrailAsync(db, app.Services.GetRequiredService<NodaTime.IClock>().GetCurrentInstant(), app.Lifetime.ApplicationStopping);
        await StoredAuthenticatorKeys.ProtectAsync(db, scope.ServiceProvider.GetRequiredService<Fourfold.Data.Encryption.KeyRing>(), plainTextOnly: true, app.Lifetime.ApplicationStopping);
        if (app.Configuration.GetValue("Demo:Seed", false))
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
        }
    }

    public static void UseFourfold(this WebApplication app)
    {
        app.UseForwardedClientAddress();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseFriendlyStatusPagesForPageViewsOnly();
        app.UseIdentityApiGate();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseSignInRateLimiting();
        app.UseAuthentication();
        app.UseMiddleware<ActorMiddleware>();
        app.UseApiForgeryProtection();
        app.UseCrisisLine();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseNotFoundAudit();
    }

    public static void MapFourfold(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResultStatusCodes =
            {
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy] = StatusCodes.Status200OK,
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded] = StatusCodes.Status200OK,
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).AllowAnonymous().WithMetadata(new AuditedAttribute(AuditedAs.NoClinicalReads));
        app.MapRazorComponents<App>();
        app.MapAccountEndpoints();
        app.MapPasskeyEndpoints();
        app.MapLeaveQuickly();
        app.MapGroup("/api/auth").AddEndpointFilter<SignInRequestCheck>().AddEndpointFilter<Security.BearerRefreshLimit>().MapIdentityApi<FourfoldUser>().AllowAnonymous().WithMetadata(new AuditedAttribute(AuditedAs.SignIn));
        app.MapCaseApi();
        app.MapInvitationEndpoints();
        app.MapAuthorizationApi();
        app.MapAccessHistoryApi();
        app.MapRecordsApi();
        app.MapAgreementsApi();
        app.MapFullDisclosureApi();
        app.MapPartnerMeetingsApi();
        app.MapDisclosuresApi();
        app.MapCheckInsApi();
        app.MapHomeworkApi();
        app.MapJointSessionApi();
        app.MapRepliesApi();
        app.MapSessionsApi();
        app.MapPracticeApi();
    }

    public static void AnnounceOnStart(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var settings = app.Services.GetRequiredService<DatabaseSettings>();
            var lines = new List<string> { "", "Fourfold is running.", $"  Open: {string.Join(", ", addresses)}", $"  Database: {settings.Provider}" };
            if (app.Configuration.GetValue("Demo:Seed", false))
            {
                lines.Add($"  Demo sign-ins (password for all: {DemoAccount.Password}; professionals and the administrator also need an authenticator code from the key shown):");
                lines.AddRange(DemoAccounts.All.Select(a =>
                    $"    {a.Email,-30} {a.Description}{(a.AuthenticatorKey is { } key ? $"  [authenticator key {key}]" : "")}"));
            }

            Console.WriteLine(string.Join(Environment.NewLine, lines));
        });
}
