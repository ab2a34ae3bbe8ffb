using System;

namespace GraphQL.Language;

// Spec §2.9 Input Values.
internal ref partial struct Utf8GraphQLParser
{
    /// <summary>
    /// Value[Const] :
    ///   - [~Const] Variable
    ///   - IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue
    ///   - ListValue[?Const] | ObjectValue[?Const]
    /// </summary>
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var start = Here();
        switch (_reader.Kind)
        {
            case TokenKind.LeftBracket:
                return ParseList(isConst);
            case TokenKind.LeftBrace:
                return ParseObject(isConst);
            case TokenKind.Integer:
            {
                var value = _reader.GetNumber();
                MoveNext();
                return new IntValueNode(value, LocationFrom(start));
            }
            case TokenKind.Float:
            {
                var value = _reader.GetNumber();
                MoveNext();
                return new FloatValueNode(value, LocationFrom(start));
            }
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                return ParseNameValue(start);
            case TokenKind.Dollar:
                if (!isConst) return ParseVariable();
                MoveNext();
                if (Peek(TokenKind.Name))
                {
                    throw ErrorAt(start, $"Unexpected variable \"${_reader.GetName()}\" in constant value.");
                }

                throw ErrorAt(start, "Unexpected \"$\".");
            default:
                throw Unexpected();
        }
    }

    /// <summary>
    /// BooleanValue : one of true false; NullValue : null; EnumValue : Name but not true or false or null
    /// </summary>
    private ValueNode ParseNameValue(in TokenStart start)
    {
        var token = _reader.Value;
        if (token.SequenceEqual("true"u8))
        {
            MoveNext();
            return _createLocations ? new BooleanValueNode(true, LocationFrom(start)) : BooleanValueNode.True;
        }

        if (token.SequenceEqual("false"u8))
        {
            MoveNext();
            return _createLocations ? new BooleanValueNode(false, LocationFrom(start)) : BooleanValueNode.False;
        }

        if (token.SequenceEqual("null"u8))
        {
            MoveNext();
            return _createLocations ? new NullValueNode(LocationFrom(start)) : NullValueNode.Default;
        }

        var value = _reader.GetName();
        MoveNext();
        return new EnumValueNode(value, LocationFrom(start));
    }

    /// <summary>StringValue (spec §2.9.4), also used for descriptions.</summary>
    private StringValueNode ParseStringLiteral()
    {
        var start = Here();
        var block = _reader.Kind == TokenKind.BlockString;
        var value = _reader.GetString();
        MoveNext();
        return new StringValueNode(value, block, LocationFrom(start));
    }

    /// <summary>ListValue[Const] : [ ] | [ Value[?Const]+ ]</summary>
    private ListValueNode ParseList(bool isConst)
    {
        var start = Here();
        EnterNesting();
        var items = isConst
            ? Any<ValueNode, ConstValueItem>(TokenKind.LeftBracket, TokenKind.RightBracket)
            : Any<ValueNode, ValueItem>(TokenKind.LeftBracket, TokenKind.RightBracket);
        LeaveNesting();
        return new ListValueNode(items, LocationFrom(start));
    }

    /// <summary>ObjectValue[Const] : { } | { ObjectField[?Const]+ }</summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Here();
        EnterNesting();
        var fields = isConst
            ? Any<ObjectFieldNode, ConstObjectFieldItem>(TokenKind.LeftBrace, TokenKind.RightBrace)
            : Any<ObjectFieldNode, ObjectFieldItem>(TokenKind.LeftBrace, TokenKind.RightBrace);
        LeaveNesting();
        return new ObjectValueNode(fields, LocationFrom(start));
    }

    /// <summary>ObjectField[Const] : Name : Value[?Const]</summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = Here();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode(name, value, LocationFrom(start));
    }
}
