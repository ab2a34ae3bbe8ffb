namespace GraphQL.Language;

internal ref partial struct Utf8GraphQLReader
{
    /// <summary>
    /// IntValue :: IntegerPart [lookahead != {Digit, `.`, NameStart}]
    /// FloatValue :: IntegerPart FractionalPart ExponentPart | IntegerPart FractionalPart | IntegerPart ExponentPart
    /// (spec §2.9.1, §2.9.2): no leading zeros, digits required after <c>.</c> and the exponent mark, and a number
    /// may not be followed directly by <c>.</c> or a NameStart (so <c>0x1</c> and <c>1.</c> are errors).
    /// </summary>
    private bool ReadNumber(int start)
    {
        var position = start;
        var code = At(position);
        var isFloat = false;

        if (code == '-')
        {
            code = At(++position);
        }

        if (code == '0')
        {
            code = At(++position);
            if (ByteTable.IsDigit(code))
            {
                throw Error(position, "Invalid number, unexpected digit after 0: " + PrintCodePointAt(position) + ".");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = At(++position);
            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code == 'E' || code == 'e')
        {
            isFloat = true;
            code = At(++position);
            if (code == '+' || code == '-')
            {
                code = At(++position);
            }

            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code == '.' || ByteTable.IsNameStart(code))
        {
            throw Error(position, "Invalid number, expected digit but got: " + PrintCodePointAt(position) + ".");
        }

        return SetToken(isFloat ? TokenKind.Float : TokenKind.Integer, position);
    }

    private int ReadDigits(int position, int first)
    {
        if (!ByteTable.IsDigit(first))
        {
            throw Error(position, "Invalid number, expected digit but got: " + PrintCodePointAt(position) + ".");
        }

        position++;
        while (ByteTable.IsDigit(At(position)))
        {
            position++;
        }

        return position;
    }
}
