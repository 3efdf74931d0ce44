namespace Fourfold.Web.Features.Agreements;

/// <summary>A couple's agreements: boundaries, relapse definitions and disclosure commitments, proposed, answered and kept.</summary>
internal static class AgreementsFeature
{
    public static IServiceCollection AddAgreements(this IServiceCollection services)
    {
        services.AddScoped<AgreementStore>();
        services.AddScoped<AgreementQuery>();
        services.AddScoped<ProposeAgreement>();
        services.AddScoped<AnswerAgreement>();
        services.AddScoped<DisclosureStore>();
        services.AddScoped<DisclosureQuery>();
        services.AddScoped<RecordDisclosure>();
        services.AddScoped<AgreementNotices>();
        return services;
    }
}
