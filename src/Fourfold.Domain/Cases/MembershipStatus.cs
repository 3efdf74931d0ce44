namespace Fourfold.Domain.Cases;

/// <summary>
/// Lifecycle of a place on a case team:
/// Invited (an invitation was sent; no access yet) → Active (accepted; a case member) → Left (removed or withdrew; no access from then on).
/// </summary>
public enum MembershipStatus
{
    Invited = 1,
    Active = 2,
    Left = 3,
}
