using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace GraphQL.Language;

/// <summary>
/// Writes nodes straight into a <see cref="StringBuilder"/> with graphql-js's layout rules. Every line break is
/// followed by the current indentation, which is exactly what graphql-js's <c>indent()</c> does to nested text.
/// </summary>
internal sealed partial class SyntaxPrinter
{
    private const int MaxLineLength = 80;
    private readonly StringBuilder _builder;
    private int _indent;

    public SyntaxPrinter(StringBuilder builder) => _builder = builder;

    public void Write(SyntaxNode node)
    {
        // Trees from the parser are bounded by ParserOptions.MaxDepth; hand-built ones get a clean exception.
        RuntimeHelpers.EnsureSufficientExecutionStack();

        switch (node.Kind)
        {
            case SyntaxKind.Name: _builder.Append(((NameNode)node).Value); break;
            case SyntaxKind.Document: WriteDocument((DocumentNode)node); break;
            case SyntaxKind.OperationDefinition: WriteOperationDefinition((OperationDefinitionNode)node); break;
            case SyntaxKind.VariableDefinition: WriteVariableDefinition((VariableDefinitionNode)node); break;
            case SyntaxKind.Variable: _builder.Append('$').Append(((VariableNode)node).Name.Value); break;
            case SyntaxKind.SelectionSet: WriteBlock(((SelectionSetNode)node).Selections); break;
            case SyntaxKind.Field: WriteField((FieldNode)node); break;
            case SyntaxKind.Argument: WriteArgument((ArgumentNode)node); break;
            case SyntaxKind.FragmentSpread: WriteFragmentSpread((FragmentSpreadNode)node); break;
            case SyntaxKind.InlineFragment: WriteInlineFragment((InlineFragmentNode)node); break;
            case SyntaxKind.FragmentDefinition: WriteFragmentDefinition((FragmentDefinitionNode)node); break;
            case SyntaxKind.IntValue: _builder.Append(((IntValueNode)node).Value); break;
            case SyntaxKind.FloatValue: _builder.Append(((FloatValueNode)node).Value); break;
            case SyntaxKind.StringValue: WriteString((StringValueNode)node); break;
            case SyntaxKind.BooleanValue: _builder.Append(((BooleanValueNode)node).Value ? "true" : "false"); break;
            case SyntaxKind.NullValue: _builder.Append("null"); break;
            case SyntaxKind.EnumValue: _builder.Append(((EnumValueNode)node).Value); break;
            case SyntaxKind.ListValue: WriteList((ListValueNode)node); break;
            case SyntaxKind.ObjectValue: WriteObject((ObjectValueNode)node); break;
            case SyntaxKind.ObjectField: WriteObjectField((ObjectFieldNode)node); break;
            case SyntaxKind.Directive: WriteDirective((DirectiveNode)node); break;
            case SyntaxKind.NamedType: _builder.Append(((NamedTypeNode)node).Name.Value); break;
            case SyntaxKind.ListType: _builder.Append('['); Write(((ListTypeNode)node).Type); _builder.Append(']'); break;
            case SyntaxKind.NonNullType: Write(((NonNullTypeNode)node).Type); _builder.Append('!'); break;
            default: WriteTypeSystem(node); break;
        }
    }

    /// <summary>Document: definitions separated by a blank line.</summary>
    private void WriteDocument(DocumentNode node)
    {
        for (var i = 0; i < node.Definitions.Count; i++)
        {
            if (i > 0) NewLine().NewLine();
            Write(node.Definitions[i]);
        }
    }

    private void WriteOperationDefinition(OperationDefinitionNode node)
    {
        // An anonymous query without variables, directives or description keeps the shorthand form (spec §2.3),
        // which cannot carry a description (spec §2.2).
        if (node.Operation == OperationType.Query && node.Name is null && node.Description is null
            && node.VariableDefinitions.Count == 0 && node.Directives.Count == 0)
        {
            Write(node.SelectionSet);
            return;
        }

        WriteDescription(node.Description);
        _builder.Append(OperationKeyword(node.Operation));
        if (node.Name is not null || node.VariableDefinitions.Count > 0)
        {
            _builder.Append(' ');
            if (node.Name is not null) _builder.Append(node.Name.Value);
            if (HasDescription(node.VariableDefinitions)) WriteIndentedList(node.VariableDefinitions);
            else WriteList("(", node.VariableDefinitions, ", ", ")");
        }

        WriteDirectives(node.Directives);
        _builder.Append(' ');
        Write(node.SelectionSet);
    }

    /// <summary>Described variables go one per line, each description above its variable.</summary>
    private static bool HasDescription(IReadOnlyList<VariableDefinitionNode> variables)
    {
        for (var i = 0; i < variables.Count; i++)
        {
            if (variables[i].Description is not null) return true;
        }

        return false;
    }

    private void WriteVariableDefinition(VariableDefinitionNode node)
    {
        WriteDescription(node.Description);
        Write(node.Variable);
        _builder.Append(": ");
        Write(node.Type);
        if (node.DefaultValue is not null)
        {
            _builder.Append(" = ");
            Write(node.DefaultValue);
        }

        WriteDirectives(node.Directives);
    }

    /// <summary>Arguments stay on the field's line unless that line would pass 80 characters.</summary>
    private void WriteField(FieldNode node)
    {
        var lineStart = _builder.Length;
        if (node.Alias is not null) _builder.Append(node.Alias.Value).Append(": ");
        _builder.Append(node.Name.Value);

        if (node.Arguments.Count > 0)
        {
            var argumentsStart = _builder.Length;
            WriteList("(", node.Arguments, ", ", ")");
            if (UnindentedLength(lineStart) > MaxLineLength)
            {
                _builder.Length = argumentsStart;
                WriteIndentedList(node.Arguments);
            }
        }

        WriteDirectives(node.Directives);
        if (node.SelectionSet is not null && node.SelectionSet.Selections.Count > 0)
        {
            _builder.Append(' ');
            Write(node.SelectionSet);
        }
    }

    private void WriteArgument(ArgumentNode node)
    {
        _builder.Append(node.Name.Value).Append(": ");
        Write(node.Value);
    }

    private void WriteFragmentSpread(FragmentSpreadNode node)
    {
        _builder.Append("...").Append(node.Name.Value);
        WriteDirectives(node.Directives);
    }

    private void WriteInlineFragment(InlineFragmentNode node)
    {
        _builder.Append("...");
        if (node.TypeCondition is not null) _builder.Append(" on ").Append(node.TypeCondition.Name.Value);
        WriteDirectives(node.Directives);
        _builder.Append(' ');
        Write(node.SelectionSet);
    }

    private void WriteFragmentDefinition(FragmentDefinitionNode node)
    {
        WriteDescription(node.Description);
        _builder.Append("fragment ").Append(node.Name.Value).Append(" on ").Append(node.TypeCondition.Name.Value);
        WriteDirectives(node.Directives);
        _builder.Append(' ');
        Write(node.SelectionSet);
    }

    private void WriteString(StringValueNode node)
    {
        if (node.Block && StringValuePrinter.IsPrintableAsBlockString(node.Value))
        {
            WriteMultiline(StringValuePrinter.FormatBlockString(node.Value));
        }
        else
        {
            StringValuePrinter.WriteQuoted(_builder, node.Value);
        }
    }

    private void WriteList(ListValueNode node) => WriteList("[", node.Items, ", ", "]", always: true);

    private void WriteObject(ObjectValueNode node) => WriteList("{", node.Fields, ", ", "}", always: true);

    private void WriteObjectField(ObjectFieldNode node)
    {
        _builder.Append(node.Name.Value).Append(": ");
        Write(node.Value);
    }

    private void WriteDirective(DirectiveNode node)
    {
        _builder.Append('@').Append(node.Name.Value);
        WriteList("(", node.Arguments, ", ", ")");
    }

    /// <summary>Directives after a space, separated by spaces (nothing when there are none).</summary>
    private void WriteDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            _builder.Append(' ');
            Write(directive);
        }
    }

    /// <summary>open item (separator item)* close; nothing at all when empty unless <paramref name="always"/>.</summary>
    private void WriteList<T>(string open, IReadOnlyList<T> items, string separator, string close, bool always = false)
        where T : SyntaxNode
    {
        if (items.Count == 0 && !always) return;
        _builder.Append(open);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) _builder.Append(separator);
            Write(items[i]);
        }

        _builder.Append(close);
    }

    /// <summary><c>{</c>, one item per indented line, <c>}</c> (graphql-js <c>block</c>); nothing when empty.</summary>
    private void WriteBlock<T>(IReadOnlyList<T> items) where T : SyntaxNode
    {
        if (items.Count == 0) return;
        _builder.Append('{');
        _indent++;
        foreach (var item in items)
        {
            NewLine();
            Write(item);
        }

        _indent--;
        NewLine();
        _builder.Append('}');
    }

    /// <summary><c>(</c>, one item per indented line, <c>)</c>.</summary>
    private void WriteIndentedList<T>(IReadOnlyList<T> items) where T : SyntaxNode
    {
        _builder.Append('(');
        _indent++;
        foreach (var item in items)
        {
            NewLine();
            Write(item);
        }

        _indent--;
        NewLine();
        _builder.Append(')');
    }

    private SyntaxPrinter NewLine()
    {
        _builder.Append('\n');
        _builder.Append(' ', _indent * 2);
        return this;
    }

    /// <summary>Text that may hold line breaks (block strings): each break takes the current indentation.</summary>
    private void WriteMultiline(string text)
    {
        var start = 0;
        int lineBreak;
        while ((lineBreak = text.IndexOf('\n', start)) >= 0)
        {
            _builder.Append(text, start, lineBreak - start);
            NewLine();
            start = lineBreak + 1;
        }

        _builder.Append(text, start, text.Length - start);
    }

    /// <summary>
    /// Length of the text written since <paramref name="start"/> as graphql-js measures it: before its parent
    /// indents it, i.e. without the indentation this printer wrote after each line break.
    /// </summary>
    private int UnindentedLength(int start)
    {
        var length = _builder.Length - start;
        var lineBreaks = 0;
        for (var i = start; i < _builder.Length; i++)
        {
            if (_builder[i] == '\n') lineBreaks++;
        }

        return length - (lineBreaks * _indent * 2);
    }

    /// <summary>True when a line break was written since <paramref name="start"/>.</summary>
    private bool HasLineBreakSince(int start)
    {
        for (var i = start; i < _builder.Length; i++)
        {
            if (_builder[i] == '\n') return true;
        }

        return false;
    }

    private static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };
}
