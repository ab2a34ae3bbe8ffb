using GraphQL.Types;

namespace GraphQL.CodeFirst;

/// <summary>Reads a type reference written in GraphQL (spec §2.11 Type: <c>[Product!]!</c>) against the builder's named types.</summary>
internal static class TypeSyntax
{
    public static GraphQLType Parse(string text, Func<string, NamedType?> lookup)
    {
        var position = 0;
        var type = ParseType(text, ref position, lookup);
        SkipIgnored(text, ref position);
        if (position != text.Length) throw new TypeMappingException($"\"{text}\" is not a GraphQL type reference.");
        return type;
    }

    private static GraphQLType ParseType(string text, ref int position, Func<string, NamedType?> lookup)
    {
        SkipIgnored(text, ref position);
        GraphQLType type;
        if (position < text.Length && text[position] == '[')
        {
            position++;
            var item = ParseType(text, ref position, lookup);
            SkipIgnored(text, ref position);
            if (position >= text.Length || text[position] != ']') throw new TypeMappingException($"\"{text}\" is not a GraphQL type reference.");
            position++;
            type = new ListType(item);
        }
        else
        {
            var start = position;
            while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '_')) position++;
            if (start == position) throw new TypeMappingException($"\"{text}\" is not a GraphQL type reference.");
            var name = text.Substring(start, position - start);
            type = lookup(name) ?? throw new TypeMappingException($"Unknown type \"{name}\".");
        }

        SkipIgnored(text, ref position);
        if (position < text.Length && text[position] == '!')
        {
            position++;
            return new NonNullType(type);
        }

        return type;
    }

    private static void SkipIgnored(string text, ref int position)
    {
        while (position < text.Length && (char.IsWhiteSpace(text[position]) || text[position] == ',')) position++;
    }
}
