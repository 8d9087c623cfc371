namespace Scraper.Parsing;

/// <summary>How a selector is built, as far as bounding its matching goes.</summary>
internal enum SelectorKind
{
    /// <summary>One test of one element (a type, class, attribute...): AngleSharp's match is bounded.</summary>
    Simple,

    /// <summary>A selector list: any part matches.</summary>
    AnyOf,

    /// <summary>A compound selector: every part matches.</summary>
    AllOf,

    /// <summary>Compound selectors joined by combinators.</summary>
    Chain,

    /// <summary>A pseudo-class, maybe a function of selectors (<c>:has()</c>, <c>:not()</c>, <c>:is()</c>).</summary>
    PseudoClass,
}
