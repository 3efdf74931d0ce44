namespace Fourfold.Web.Features.Invitations;

/// <summary>Joining a team from an invitation.</summary>
internal static class InvitationsFeature
{
    public static IServiceCollection AddInvitations(this IServiceCollection services)
    {
        services.AddScoped<AcceptInvitation>();
        return services;
    }
}
