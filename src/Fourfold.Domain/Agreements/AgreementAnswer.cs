namespace Fourfold.Domain.Agreements;

/// <summary>How a partner answers the other's proposal.</summary>
public enum AgreementAnswer
{
    Agree = 1,

    /// <summary>Talk it through in the next joint session before answering.</summary>
    Discuss = 2,

    /// <summary>Answer with a proposal of one's own.</summary>
    Counter = 3,
}
