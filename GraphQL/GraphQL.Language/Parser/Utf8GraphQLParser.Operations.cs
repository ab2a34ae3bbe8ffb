using System;

namespace GraphQL.Language;

// Spec §2.3 Operations, §2.4 Selection Sets, §2.5 Fields, §2.6 Arguments, §2.10 Variables.
internal ref partial struct Utf8GraphQLParser
{
    /// <summary>
    /// OperationDefinition :
    ///   - Description? OperationType Name? VariablesDefinition? Directives? SelectionSet
    ///   - SelectionSet
    /// The caller has read the description (and refused one before a shorthand selection set).
    /// </summary>
    private OperationDefinitionNode ParseOperationDefinition(TokenStart start, StringValueNode? description)
    {
        if (Peek(TokenKind.LeftBrace))
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(
                OperationType.Query, null, System.Array.Empty<VariableDefinitionNode>(),
                System.Array.Empty<DirectiveNode>(), shorthand, LocationFrom(start));
        }

        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(description, operation, name, variables, directives, selectionSet, LocationFrom(start));
    }

    /// <summary>OperationType : one of query mutation subscription</summary>
    private OperationType ParseOperationType()
    {
        if (PeekKeyword("query"u8))
        {
            MoveNext();
            return OperationType.Query;
        }

        if (PeekKeyword("mutation"u8))
        {
            MoveNext();
            return OperationType.Mutation;
        }

        if (PeekKeyword("subscription"u8))
        {
            MoveNext();
            return OperationType.Subscription;
        }

        throw Unexpected();
    }

    /// <summary>VariablesDefinition : ( VariableDefinition+ )</summary>
    private VariableDefinitionNode[] ParseVariableDefinitions() =>
        OptionalMany<VariableDefinitionNode, VariableDefinitionItem>(
            TokenKind.LeftParenthesis, TokenKind.RightParenthesis);

    /// <summary>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?</summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ParseDefaultValue();
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(description, variable, type, defaultValue, directives, LocationFrom(start));
    }

    /// <summary>DefaultValue : = Value[Const]</summary>
    private ValueNode? ParseDefaultValue() => Skip(TokenKind.Equal) ? ParseValueLiteral(isConst: true) : null;

    /// <summary>Variable : $ Name</summary>
    private VariableNode ParseVariable()
    {
        var start = Here();
        Expect(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(name, LocationFrom(start));
    }

    /// <summary>SelectionSet : { Selection+ }</summary>
    private SelectionSetNode ParseSelectionSet()
    {
        var start = Here();
        EnterNesting();
        var selections = Many<SelectionNode, SelectionItem>(TokenKind.LeftBrace, TokenKind.RightBrace);
        LeaveNesting();
        return new SelectionSetNode(selections, LocationFrom(start));
    }

    /// <summary>Selection : Field | FragmentSpread | InlineFragment</summary>
    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    /// <summary>Field : Alias? Name Arguments? Directives? SelectionSet?</summary>
    private FieldNode ParseField()
    {
        var start = Here();
        if (++_fieldCount > _maxFields)
        {
            throw ErrorAtToken($"Document contains more than {_maxFields} fields. Parsing aborted.");
        }

        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (Skip(TokenKind.Colon))
        {
            // Alias : Name :
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.LeftBrace) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet, LocationFrom(start));
    }

    /// <summary>Arguments[Const] : ( Argument[?Const]+ )</summary>
    private ArgumentNode[] ParseArguments(bool isConst) =>
        isConst
            ? OptionalMany<ArgumentNode, ConstArgumentItem>(TokenKind.LeftParenthesis, TokenKind.RightParenthesis)
            : OptionalMany<ArgumentNode, ArgumentItem>(TokenKind.LeftParenthesis, TokenKind.RightParenthesis);

    /// <summary>Argument[Const] : Name : Value[?Const]</summary>
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = Here();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ArgumentNode(name, value, LocationFrom(start));
    }
}
