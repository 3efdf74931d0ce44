using Fourfold.Domain.Cases;

namespace Fourfold.Web.Features.Records;

/// <summary>One audience checkbox, worded from the author's side ("My partner (Chris Holt)").</summary>
public sealed record AudienceChoice(CaseRole Role, string Label);
