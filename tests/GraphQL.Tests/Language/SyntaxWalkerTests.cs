using System.Collections.Generic;
using System.Text;
using GraphQL.Language;

namespace GraphQL.Tests.Language;

public sealed class SyntaxWalkerTests
{
    private sealed class Recorder : SyntaxWalker<List<string>>
    {
        public SyntaxKind? SkipKind { get; init; }
        public SyntaxKind? BreakKind { get; init; }

        protected override WalkAction Enter(SyntaxNode node, List<string> log)
        {
            log.Add("enter " + Describe(node) + " parent=" + (Parent?.Kind.ToString() ?? "none"));
            if (node.Kind == BreakKind) return WalkAction.Break;
            return node.Kind == SkipKind ? WalkAction.Skip : WalkAction.Continue;
        }

        protected override WalkAction Leave(SyntaxNode node, List<string> log)
        {
            log.Add("leave " + Describe(node));
            return WalkAction.Continue;
        }

        private static string Describe(SyntaxNode node) => node is NameNode name ? "Name " + name.Value : node.Kind.ToString();
    }

    [Fact]
    public void NodesAreEnteredAndLeftInSourceOrder()
    {
        var log = new List<string>();
        new Recorder().Walk(Parser.Parse("{ a(x: 1) }"), log);
        Assert.Equal(
            new[]
            {
                "enter Document parent=none",
                "enter OperationDefinition parent=Document",
                "enter SelectionSet parent=OperationDefinition",
                "enter Field parent=SelectionSet",
                "enter Name a parent=Field",
                "leave Name a",
                "enter Argument parent=Field",
                "enter Name x parent=Argument",
                "leave Name x",
                "enter IntValue parent=Argument",
                "leave IntValue",
                "leave Argument",
                "leave Field",
                "leave SelectionSet",
                "leave OperationDefinition",
                "leave Document",
            },
            log);
    }

    [Fact]
    public void SkippingANodeSkipsItsChildrenAndItsLeave()
    {
        var log = new List<string>();
        new Recorder { SkipKind = SyntaxKind.Argument }.Walk(Parser.Parse("{ a(x: 1) b }"), log);
        Assert.Contains("enter Argument parent=Field", log);
        Assert.DoesNotContain("enter Name x parent=Argument", log);
        Assert.DoesNotContain("leave Argument", log);
        Assert.Contains("enter Name b parent=Field", log);
    }

    [Fact]
    public void BreakingStopsTheWalk()
    {
        var log = new List<string>();
        new Recorder { BreakKind = SyntaxKind.Argument }.Walk(Parser.Parse("{ a(x: 1) b }"), log);
        Assert.Equal("enter Argument parent=Field", log[log.Count - 1]);
    }

    [Fact]
    public void VeryDeepHandBuiltTreesDoNotOverflowTheStack()
    {
        ValueNode value = new IntValueNode("1");
        for (var i = 0; i < 100_000; i++) value = new ListValueNode(new[] { value });
        var counter = new Recorder();
        var log = new List<string>();
        counter.Walk(value, log);
        Assert.Equal(200_002, log.Count);
    }

    [Fact]
    public void PrintingAVeryDeepHandBuiltTreeFailsCleanly()
    {
        ValueNode value = new IntValueNode("1");
        for (var i = 0; i < 1_000_000; i++) value = new ListValueNode(new[] { value });
        Assert.Throws<System.InsufficientExecutionStackException>(() => Printer.Print(value));
    }
}
