using AngleSharp.Css;
using AngleSharp.Css.Dom;

namespace Scraper.Parsing;

/// <summary>What AngleSharp says a parsed selector is made of (its visitor is the only public view of the parts).</summary>
internal sealed class SelectorShape : ISelectorVisitor
{
    private SelectorShape()
    {
    }

    public SelectorKind Kind { get; private set; } = SelectorKind.Simple;

    /// <summary>The parts of a list, a compound or a combinator chain, in order.</summary>
    public IReadOnlyList<ISelector> Parts { get; private set; } = [];

    /// <summary>The combinators of a chain: <c>Symbols[i]</c> stands between <c>Parts[i]</c> and <c>Parts[i + 1]</c>.</summary>
    public IReadOnlyList<string> Symbols { get; private set; } = [];

    /// <summary>A pseudo-class's name with its argument, as <c>has(:scope&gt;b)</c>.</summary>
    public string PseudoClassText { get; private set; } = "";

    public static SelectorShape Of(ISelector selector)
    {
        var shape = new SelectorShape();
        selector.Accept(shape);
        return shape;
    }

    public void List(IEnumerable<ISelector> selectors) => (Kind, Parts) = (SelectorKind.AnyOf, [.. selectors]);

    public void Many(IEnumerable<ISelector> selectors) => (Kind, Parts) = (SelectorKind.AllOf, [.. selectors]);

    public void Combinator(IEnumerable<ISelector> selectors, IEnumerable<string> symbols) =>
        (Kind, Parts, Symbols) = (SelectorKind.Chain, [.. selectors], [.. symbols]);

    public void PseudoClass(string name) => (Kind, PseudoClassText) = (SelectorKind.PseudoClass, name);

    public void Attribute(string name, string op, string? value)
    {
    }

    public void Type(string name)
    {
    }

    public void Id(string value)
    {
    }

    public void Child(string name, int step, int offset, ISelector selector)
    {
    }

    public void Class(string name)
    {
    }

    public void PseudoElement(string name)
    {
    }
}
