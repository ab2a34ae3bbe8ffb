using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

/// <summary>SingleFieldSubscriptionsRule: the cases of graphql-js's tests for this rule, with the same documents and expected errors.</summary>
public sealed class SingleFieldSubscriptionsRuleTests : ValidationTest
{
    private static readonly Schema schema = TestSchemaBuilder.FromSdl(@"
  type Message {
    body: String
    sender: String
  }

  type SubscriptionRoot {
    importantEmails: [String]
    notImportantEmails: [String]
    moreImportantEmails: [String]
    spamEmails: [String]
    deletedEmails: [String]
    newMessage: Message
  }

  type QueryRoot {
    dummy: String
  }

  schema {
    query: QueryRoot
    subscription: SubscriptionRoot
  }
");

    public SingleFieldSubscriptionsRuleTests() : base(c => new SingleFieldSubscriptionsRule(c)) { }

    [Fact]
    public void ValidSubscription()
    {
        ExpectValidWithSchema(schema, @"
      subscription ImportantEmails {
        importantEmails
      }
    ");
    }

    [Fact]
    public void ValidSubscriptionWithFragment()
    {
        ExpectValidWithSchema(schema, @"
      subscription sub {
        ...newMessageFields
      }

      fragment newMessageFields on SubscriptionRoot {
        newMessage {
          body
          sender
        }
      }
    ");
    }

    [Fact]
    public void ValidSubscriptionWithFragmentAndField()
    {
        ExpectValidWithSchema(schema, @"
      subscription sub {
        newMessage {
          body
        }
        ...newMessageFields
      }

      fragment newMessageFields on SubscriptionRoot {
        newMessage {
          body
          sender
        }
      }
    ");
    }

    [Fact]
    public void FailsWithMoreThanOneRootField()
    {
        ExpectErrorsWithSchema(schema, @"
      subscription ImportantEmails {
        importantEmails
        notImportantEmails
      }
    ",
            Err("Subscription \"ImportantEmails\" must select only one top level field.", (4, 9)));
    }

    [Fact]
    public void FailsWithMoreThanOneRootFieldIncludingIntrospection()
    {
        ExpectErrorsWithSchema(schema, @"
      subscription ImportantEmails {
        importantEmails
        __typename
      }
    ",
            Err("Subscription \"ImportantEmails\" must select only one top level field.", (4, 9)),
            Err("Subscription \"ImportantEmails\" must not select an introspection top level field.", (4, 9)));
    }

    [Fact]
    public void FailsWithMoreThanOneRootFieldIncludingAliasedIntrospectionViaFragment()
    {
        ExpectErrorsWithSchema(schema, @"
      subscription ImportantEmails {
        importantEmails
        ...Introspection
      }
      fragment Introspection on SubscriptionRoot {
        typename: __typename
      }
    ",
            Err("Subscription \"ImportantEmails\" must select only one top level field.", (7, 9)),
            Err("Subscription \"ImportantEmails\" must not select an introspection top level field.", (7, 9)));
    }

    [Fact]
    public void FailsWithManyMoreThanOneRootField()
    {
        ExpectErrorsWithSchema(schema, @"
      subscription ImportantEmails {
        importantEmails
        notImportantEmails
        spamEmails
      }
    ",
            Err("Subscription \"ImportantEmails\" must select only one top level field.", (4, 9), (5, 9)));
    }

    [Fact]
    public void FailsWithManyMoreThanOneRootFieldViaFragments()
    {
        ExpectErrorsWithSchema(schema, @"
      subscription ImportantEmails {
        importantEmails
        ... {
          more: moreImportantEmails
        }
        ...NotImportantEmails
      }
      fragment NotImportantEmails on SubscriptionRoot {
        notImportantEmails
        deleted: deletedEmails
        ...SpamEmails
      }
      fragment SpamEmails on SubscriptionRoot {
        spamEmails
      }
    ",
            Err("Subscription \"ImportantEmails\" must select only one top level field.", (5, 11), (10, 9), (11, 9), (15, 9)));
    }

    [Fact]
    public void DoesNotInfiniteLoopOnRecursiveFragments()
    {
        ExpectErrorsWithSchema(schema, @"
      subscription NoInfiniteLoop {
        ...A
      }
      fragment A on SubscriptionRoot {
        ...A
      }
    ");
    }

    [Fact]
    public void FailsWithManyMoreThanOneRootFieldViaFragmentsAnonymous()
    {
        ExpectErrorsWithSchema(schema, @"
      subscription {
        importantEmails
        ... {
          more: moreImportantEmails
          ...NotImportantEmails
        }
        ...NotImportantEmails
      }
      fragment NotImportantEmails on SubscriptionRoot {
        notImportantEmails
        deleted: deletedEmails
        ... {
          ... {
            archivedEmails
          }
        }
        ...SpamEmails
      }
      fragment SpamEmails on SubscriptionRoot {
        spamEmails
        ...NonExistentFragment
      }
    ",
            Err("Anonymous Subscription must select only one top level field.", (5, 11), (11, 9), (12, 9), (15, 13), (21, 9)));
    }

    [Fact]
    public void FailsWithMoreThanOneRootFieldInAnonymousSubscriptions()
    {
        ExpectErrorsWithSchema(schema, @"
      subscription {
        importantEmails
        notImportantEmails
      }
    ",
            Err("Anonymous Subscription must select only one top level field.", (4, 9)));
    }

    [Fact]
    public void FailsWithIntrospectionField()
    {
        ExpectErrorsWithSchema(schema, @"
      subscription ImportantEmails {
        __typename
      }
    ",
            Err("Subscription \"ImportantEmails\" must not select an introspection top level field.", (3, 9)));
    }

    [Fact]
    public void FailsWithIntrospectionFieldInAnonymousSubscription()
    {
        ExpectErrorsWithSchema(schema, @"
      subscription {
        __typename
      }
    ",
            Err("Anonymous Subscription must not select an introspection top level field.", (3, 9)));
    }

    /// <summary>Spec §5.2.4.1 (September 2025) CollectSubscriptionFields: no @skip or @include in the root selection, literal or not.</summary>
    [Fact]
    public void SkipAndIncludeOnRootSelectionsAreForbiddenTogetherInOneError()
    {
        ExpectErrorsWithSchema(schema, @"
      subscription Sub($yes: Boolean!) {
        importantEmails @skip(if: false)
        ... @include(if: $yes) { importantEmails }
      }
    ",
            Err("Subscription \"Sub\" must not use `@skip` or `@include` directives in the top level selection.", (3, 25), (4, 13)));
    }

    [Fact]
    public void SkipInsideAFragmentOfTheRootSelectionIsForbiddenForAnAnonymousSubscription()
    {
        ExpectErrorsWithSchema(schema, @"
      subscription {
        ...Emails
      }

      fragment Emails on SubscriptionRoot {
        importantEmails @skip(if: true)
      }
    ",
            Err("Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection.", (7, 25)));
    }

    [Fact]
    public void SkipAndIncludeBelowTheRootFieldAreAllowed()
    {
        ExpectValidWithSchema(schema, @"
      subscription Sub($yes: Boolean!) {
        newMessage { body @include(if: $yes) sender @skip(if: true) }
      }
    ");
    }
}
