import type { TypedDocumentNode } from '@apollo/client';

/** The result type of a typed GraphQL document. */
export type ResultOf<T> = T extends TypedDocumentNode<infer Result, infer _Variables> ? Result : never;

/** The variables type of a typed GraphQL document. */
export type VariablesOf<T> = T extends TypedDocumentNode<infer _Result, infer Variables> ? Variables : never;
