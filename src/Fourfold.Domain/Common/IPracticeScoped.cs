namespace Fourfold.Domain.Common;

/// <summary>Data that belongs to one practice (the tenant).</summary>
public interface IPracticeScoped
{
    Practices.PracticeId PracticeId { get; }
}
