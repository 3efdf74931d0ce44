namespace Fourfold.Web.Features.Agreements;

/// <summary>A step on an agreement that carries nothing but the version read: taking a proposal back, or proposing to set it aside.</summary>
public sealed class AgreementStep
{
    public int Version { get; set; }
}
