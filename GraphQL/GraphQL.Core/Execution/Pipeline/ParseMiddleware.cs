using GraphQL.Language;

namespace GraphQL.Execution.Pipeline;

/// <summary>Parses a document the cache did not have (spec §2); a syntax error ends the request with <c>GRAPHQL_PARSE_FAILED</c>.</summary>
internal sealed class ParseMiddleware
{
    private readonly RequestDelegate _next;

    public ParseMiddleware(RequestDelegate next) => _next = next;

    public ValueTask InvokeAsync(RequestContext context)
    {
        if (context.Document is null)
        {
            DocumentNode document;
            context.Executor.Diagnostics.OnParse();
            try
            {
                document = Parser.Parse(context.DocumentText!, context.Executor.ParserOptions);
            }
            catch (GraphQLSyntaxException ex)
            {
                context.Result = ExecutionResult.FromError(new GraphQLError(
                    ex.Message,
                    new[] { new ErrorLocation(ex.Line, ex.Column) },
                    extensions: GraphQLError.CodeExtensions(ErrorCodes.ParseFailed)));
                return ValueTask.CompletedTask;
            }

            context.Document = new CachedDocument(context.DocumentKey!.Value, document);
        }

        return _next(context);
    }
}
