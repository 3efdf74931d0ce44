using Fourfold.Data;
using Fourfold.Data.Encryption;
using Fourfold.Data.Identity;
using Fourfold.Data.Tenancy;
using Fourfold.Web.Features.AccessHistory;
using Fourfold.Web.Features.Accountability;
using Fourfold.Web.Features.Agreements;
using Fourfold.Web.Features.Authorizations;
using Fourfold.Web.Features.CaseDoor;
using Fourfold.Web.Features.Cases;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Features.FullDisclosure;
using Fourfold.Web.Features.Invitations;
using Fourfold.Web.Features.PartnerMeetings;
using Fourfold.Web.Features.Policies;
using Fourfold.Web.Features.PracticeAdministration;
using Fourfold.Web.Features.Profile;
using Fourfold.Web.Features.Records;
using Fourfold.Web.Features.Safety;
using Fourfold.Web.Features.Sessions;
using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Infrastructure.Database;
using Fourfold.Web.Infrastructure.Email;
using Fourfold.Web.Infrastructure.Encryption;
using Fourfold.Web.Infrastructure.Scheduling;
using Fourfold.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using NodaTime;

namespace Fourfold.Web.Infrastructure;

internal static class ServiceRegistration
{
    public static void AddFourfold(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        IConfiguration configuration = builder.Configuration;

        services.AddRazorComponents();
        services.AddCascadingAuthenticationState();
        services.AddHttpContextAccessor();
        services.AddSingleton<IClock>(SystemClock.Instance);
        services.AddSingleton<TimeProvider>(provider => new Time.ClockTimeProvider(provider.GetRequiredService<IClock>()));

        var database = AddDatabase(services, configuration);
        var secureCookies = !builder.Environment.IsDevelopment();
        AddIdentity(services, configuration, secureCookies);
        services.AddSignInRateLimiting();
        services.AddSingleton<ReachableCasesKept>();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = CookieName("fourfold-antiforgery", secureCookies);
            options.HeaderName = ApiForgeryProtection.HeaderName;
            options.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        services.AddDataProtection().SetApplicationName("Fourfold").PersistKeysToDbContext<FourfoldDbContext>();
        services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>()
            .Configure<KeyRing>((options, keys) => options.XmlEncryptor = new KeyRingXmlEncryptor(keys));
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));

        services.Configure<EmailOptions>(configuration.GetSection("Email"));
        services.AddScoped<EmailSender>();
        services.AddScoped<PublicLinks>();

        services.AddSingleton(AuditKey.Load(configuration));
        services.AddSingleton(AuditAnchor.Load(configuration));
        services.AddSingleton<AuditTrail>();
        services.AddHostedService(provider => provider.GetRequiredService<AuditTrail>());
        services.AddScoped<AuditVerifier>();
        services.AddScoped<AuditedChanges>();
        services.AddBackgroundJobs(database);

        services.AddCaseDoor();
        services.AddCases();
        services.AddInvitations();
        services.AddPolicies();
        services.AddAuthorizations();
        services.AddAccessHistory();
        services.AddRecords();
        services.AddAgreements();
        services.AddFullDisclosure();
        services.AddPartnerMeetings();
        services.AddAccountability();
        services.AddSessions();
        services.AddSafety();
        services.AddPracticeAdministration();
        services.AddProfile();
        services.AddDemo();
    }

    private static DatabaseSettings AddDatabase(IServiceCollection services, IConfiguration configuration)
    {
        var provider = DatabaseConfiguration.ParseProvider(configuration["Database:Provider"]);
        var connectionString = configuration.GetConnectionString("Fourfold")
            ?? throw new InvalidOperationException("ConnectionStrings:Fourfold is not set.");
        var settings = new DatabaseSettings(provider, connectionString);
        services.AddSingleton(settings);
        services.AddScoped<DataActor>();
        services.AddSingleton(KeyRingLoader.Load(configuration));
        // The options depend on nothing per request, so they are built once rather than for every context.
        services.AddDbContext<FourfoldDbContext>(
            options => options.UseFourfoldDatabase(provider, connectionString).AddInterceptors(EncryptedFields.Instance),
            contextLifetime: ServiceLifetime.Scoped,
            optionsLifetime: ServiceLifetime.Singleton);
        return settings;
    }

    /// <summary>
    /// Outside development every cookie is Secure with the __Host- prefix (bound to this exact origin, sent over HTTPS
    /// only). The development run serves plain HTTP on localhost, where a Secure cookie would never come back.
    /// </summary>
    private static string CookieName(string name, bool secure) => secure ? "__Host-" + name : name;

    private static void AddIdentity(IServiceCollection services, IConfiguration configuration, bool secureCookies)
    {
        services.AddAuthentication(SignInSchemes.Default)
            .AddPolicyScheme(SignInSchemes.Default, "Cookie or bearer token", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? IdentityConstants.BearerScheme
                        : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, options =>
            {
                options.BearerTokenExpiration = TimeSpan.FromMinutes(configuration.GetValue("SignIn:IdleTimeoutMinutes", 30));
                options.RefreshTokenExpiration = TimeSpan.FromHours(configuration.GetValue("SignIn:AbsoluteTimeoutHours", 12));
            });
        services.AddAuthentication()
            .AddIdentityCookies(cookies =>
            {
                cookies.ApplicationCookie?.Configure(options => ConfigureSessionCookie(options, configuration, secureCookies));
                cookies.TwoFactorUserIdCookie?.Configure(options => ConfigureStepCookie(options, "fourfold-2fa", secureCookies));
                cookies.TwoFactorRememberMeCookie?.Configure(options => ConfigureStepCookie(options, "fourfold-2fa-remember", secureCookies));
                cookies.ExternalCookie?.Configure(options => ConfigureStepCookie(options, "fourfold-external", secureCookies));
            });

        services.AddIdentityCore<FourfoldUser>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.User.RequireUniqueEmail = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.Tokens.AuthenticatorTokenProvider = SingleUseAuthenticatorTokenProvider.ProviderName;
                options.SignIn.RequireConfirmedEmail = false;
            })
            .AddEntityFrameworkStores<FourfoldDbContext>()
            .AddUserStore<ProtectedSecretsUserStore>()
            .AddUserManager<FourfoldUserManager>()
            .AddClaimsPrincipalFactory<FourfoldClaimsFactory>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(SingleUseAuthenticatorTokenProvider.ProviderName)
            .AddApiEndpoints()
            .AddSignInManager<AuditedSignInManager>();

        services.Configure<IdentityPasskeyOptions>(options =>
        {
            // A passkey replaces both the password and the code, so the device must check that its owner is present
            // (PIN, fingerprint, face), and it must be discoverable so that signing in needs no email address first.
            options.UserVerificationRequirement = "required";
            options.ResidentKeyRequirement = "required";
            options.ServerDomain = configuration["SignIn:PasskeyDomain"];
            var origins = PasskeyOrigins.From(configuration);
            options.ValidateOrigin = context => ValueTask.FromResult(origins.IsExpected(context));
        });
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(1);
            options.OnRefreshingPrincipal = KeepSecondFactorClaim;
        });
        services.AddSingleton<IAuthorizationHandler, SecondFactorRequirement>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, SecondFactorRedirectHandler>();
        AccessPolicies.Add(services.AddAuthorizationBuilder());
    }

    /// <summary>A refreshed sign-in keeps the evidence that it passed a second factor.</summary>
    private static Task KeepSecondFactorClaim(SecurityStampRefreshingPrincipalContext context)
    {
        var secondFactor = context.CurrentPrincipal?.FindFirst(claim =>
            claim.Type == FourfoldClaims.AuthenticationMethod && claim.Value == FourfoldClaims.MultiFactor);
        if (secondFactor is not null && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
        {
            identity.AddClaim(new System.Security.Claims.Claim(FourfoldClaims.AuthenticationMethod, FourfoldClaims.MultiFactor));
        }

        return Task.CompletedTask;
    }

    /// <summary>The cookies of a sign-in's intermediate steps, named and secured like the session's own.</summary>
    private static void ConfigureStepCookie(Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions options, string name, bool secureCookies)
    {
        options.Cookie.Name = CookieName(name, secureCookies);
        options.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
    }

    private static void ConfigureSessionCookie(Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions options, IConfiguration configuration, bool secureCookies)
    {
        options.Cookie.Name = CookieName("fourfold", secureCookies);
        options.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.ExpireTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("SignIn:IdleTimeoutMinutes", 30));
        options.SlidingExpiration = true;
        options.LoginPath = "/account/login";
        options.LogoutPath = "/account/logout";
        options.AccessDeniedPath = "/account/login";
        var absoluteTimeout = TimeSpan.FromHours(configuration.GetValue("SignIn:AbsoluteTimeoutHours", 12));
        options.Events = new SessionCookieEvents(absoluteTimeout);
    }
}
