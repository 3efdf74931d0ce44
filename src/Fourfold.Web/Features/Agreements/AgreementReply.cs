using Fourfold.Domain.Agreements;

namespace Fourfold.Web.Features.Agreements;

/// <summary>The answer buttons' form: agree, or talk it through first, to the version read.</summary>
public sealed class AgreementReply
{
    public AgreementAnswer? Answer { get; set; }

    public int Version { get; set; }
}
