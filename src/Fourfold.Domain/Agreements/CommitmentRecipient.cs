namespace Fourfold.Domain.Agreements;

/// <summary>Who a disclosure commitment says is told.</summary>
public enum CommitmentRecipient
{
    Partner = 1,

    /// <summary>The involved partner's own therapist or coach.</summary>
    OwnSupport = 2,

    CouplesTherapist = 3,

    /// <summary>Someone outside the team the partner leans on: a sponsor, a group, a friend.</summary>
    SupportPerson = 4,
}

public static class CommitmentRecipients
{
    public static string Describe(this CommitmentRecipient recipient) => recipient switch
    {
        CommitmentRecipient.Partner => "my partner",
        CommitmentRecipient.OwnSupport => "my therapist or coach",
        CommitmentRecipient.CouplesTherapist => "our couples therapist",
        CommitmentRecipient.SupportPerson => "my support person (sponsor, group or friend)",
    };

    /// <summary>The recipient as the couple's shared words name them, from nobody's side.</summary>
    public static string DescribeForBoth(this CommitmentRecipient recipient) => recipient switch
    {
        CommitmentRecipient.Partner => "the partner",
        CommitmentRecipient.OwnSupport => "their own therapist or coach",
        CommitmentRecipient.CouplesTherapist => "the couples therapist",
        CommitmentRecipient.SupportPerson => "a support person (sponsor, group or friend)",
    };
}
