using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using GraphQL.AspNetCore.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace GraphQL.Tests.AspNetCore;

/// <summary>Reading a JSON request body out of the request pipe.</summary>
public sealed class RequestBodyReaderTests
{
    [Fact]
    public async Task BodyStaysIntactWhenThePipeReusesItsMemoryAfterTheBodyIsConsumed()
    {
        // Kestrel hands consumed pipe memory to the next request on any connection; this reader overwrites
        // it at AdvanceTo the way that reuse does. The document must not depend on that memory.
        var pipe = new ReusingPipeReader("""{"query":"{ hello }","operationName":null}"""u8.ToArray());
        var context = new DefaultHttpContext();
        context.Features.Set<IRequestBodyPipeFeature>(new BodyPipeFeature(pipe));

        var (outcome, body) = await RequestBodyReader.ReadAsync(context, maxBytes: 1024);

        Assert.Equal(RequestBodyReader.Outcome.Ok, outcome);
        Assert.True(pipe.Overwritten);
        using (body)
        {
            var request = GraphQLRequestReader.Read(body.Span, user: null, services: null, out var error);
            Assert.Null(error);
            Assert.Equal("{ hello }", request!.Query);
        }
    }

    private sealed class BodyPipeFeature(PipeReader reader) : IRequestBodyPipeFeature
    {
        public PipeReader Reader { get; } = reader;
    }

    /// <summary>One read returning the whole body as one segment; consuming it scribbles over the bytes.</summary>
    private sealed class ReusingPipeReader(byte[] body) : PipeReader
    {
        public bool Overwritten { get; private set; }

        public override ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(new ReadResult(new ReadOnlySequence<byte>(body), isCanceled: false, isCompleted: true));

        public override bool TryRead(out ReadResult result)
        {
            result = new ReadResult(new ReadOnlySequence<byte>(body), isCanceled: false, isCompleted: true);
            return true;
        }

        public override void AdvanceTo(SequencePosition consumed) => AdvanceTo(consumed, consumed);

        public override void AdvanceTo(SequencePosition consumed, SequencePosition examined)
        {
            Encoding.ASCII.GetBytes(new string('#', body.Length), body);
            Overwritten = true;
        }

        public override void CancelPendingRead()
        {
        }

        public override void Complete(Exception? exception = null)
        {
        }
    }
}
