import type { TypedDocumentNode } from '@apollo/client';

/** The data type of a typed GraphQL document. */
export type ResultOf<T> = T extends TypedDocumentNode<infer Result, infer _Variables> ? Result : never;
