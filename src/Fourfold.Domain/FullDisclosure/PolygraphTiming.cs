namespace Fourfold.Domain.FullDisclosure;

/// <summary>Whether the plan has a polygraph examination, and whether it comes before the disclosure session or after it.</summary>
public enum PolygraphTiming
{
    None = 0,
    BeforeDisclosure = 1,
    AfterDisclosure = 2,
}
