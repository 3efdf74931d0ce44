namespace Fourfold.Web.Features.Cases;

/// <summary>A case and its team: opening, inviting, ending a place, and the overview a member reads.</summary>
internal static class CasesFeature
{
    public static IServiceCollection AddCases(this IServiceCollection services)
    {
        services.AddScoped<CaseQueries>();
        services.AddScoped<OpenCase>();
        services.AddScoped<InviteToCase>();
        services.AddScoped<EndTeamPlace>();
        return services;
    }
}
