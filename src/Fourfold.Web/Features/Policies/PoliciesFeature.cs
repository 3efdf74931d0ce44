namespace Fourfold.Web.Features.Policies;

/// <summary>The couples therapist's policies and the partners' acknowledgements.</summary>
internal static class PoliciesFeature
{
    public static IServiceCollection AddPolicies(this IServiceCollection services)
    {
        services.AddScoped<SetCouplesPolicy>();
        services.AddScoped<AcknowledgeCouplesPolicy>();
        return services;
    }
}
