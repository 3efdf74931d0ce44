using Fourfold.Data.Identity;
using Fourfold.Domain.People;
using Fourfold.Web.Features.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fourfold.Web.Tests.Infrastructure;

/// <summary>Creates throwaway accounts for tests that lock, change or enrol them, so the demo people stay as they are.</summary>
public static class Accounts
{
    public static async Task<FourfoldUser> CreateAsync(FourfoldAppFactory app, PersonKind kind, string? practiceName = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<FourfoldUser>>();
        var practice = practiceName is null ? (Domain.Practices.PracticeId?)null : (await db.Practices.SingleAsync(p => p.Name == practiceName)).Id;
        var email = $"{kind.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@accounts.test";
        var user = new FourfoldUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = "Test " + kind,
            Kind = kind,
            PracticeId = practice,
            TimeZoneId = "Europe/Berlin",
            Profile = kind == PersonKind.Professional ? ProfessionalProfile.Empty(ProfessionKind.Therapist) : null,
        };
        var result = await users.CreateAsync(user, DemoAccount.Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return user;
    }
}
