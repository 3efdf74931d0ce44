namespace Fourfold.Domain.Common;

/// <summary>Data that belongs to one case; only that case's members (and its practice's administrators) may reach it.</summary>
public interface ICaseScoped
{
    Cases.CaseId CaseId { get; }
}
