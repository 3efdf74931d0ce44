namespace Fourfold.Domain.Policies;

/// <summary>The policies in plain words, as partners read them before acknowledging.</summary>
public static class PolicyWording
{
    public static string Name(ConfidentialityPolicy policy) => policy switch
    {
        ConfidentialityPolicy.NoSecrets => "No secrets",
        ConfidentialityPolicy.Discretion => "My discretion",
        ConfidentialityPolicy.Confidential => "Confidential",
    };

    public static string Describe(ConfidentialityPolicy policy) => policy switch
    {
        ConfidentialityPolicy.NoSecrets =>
            "Anything either of you tells me in an individual session may be brought into our joint sessions. What you share with me alone belongs to the couple's work.",
        ConfidentialityPolicy.Discretion =>
            "I decide, item by item, whether something said in an individual session needs to come into joint work, and I will talk it through with you first.",
        ConfidentialityPolicy.Confidential =>
            "What you tell me in an individual session stays with you. I will not bring it into joint sessions without your permission.",
    };

    public static string Describe(IndividualSessionPolicy policy, bool isDivorceBound)
    {
        if (isDivorceBound)
        {
            return "Because this couple has decided to separate, I do not hold individual sessions in this case.";
        }

        if (!policy.IsAllowed)
        {
            return "I do not hold individual sessions in this case: we meet together.";
        }

        var count = policy.MaxSessionsPerPartner == 1 ? "one individual session" : $"up to {policy.MaxSessionsPerPartner} individual sessions";
        return policy.Scope switch
        {
            IndividualSessionScope.AssessmentOnly => $"Each of you may have {count} with me, for the assessment only.",
            IndividualSessionScope.Ongoing => $"Each of you may have {count} with me, alongside our joint work.",
        };
    }
}
