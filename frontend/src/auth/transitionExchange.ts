// Hands every GraphQL result to React as a transition. A result that arrives outside an event
// would otherwise re-render its page in one blocking task (a dashboard full of tables takes
// hundreds of milliseconds on a slow phone); as a transition React renders it in slices and
// stays responsive to input meanwhile, and shows the previous screen until the new one is ready.
import { startTransition } from 'react';
import type { Exchange } from 'urql';
import { make, onEnd, pipe, subscribe } from 'wonka';

export const transitionExchange: Exchange =
  ({ forward }) =>
  (operations$) => {
    const results$ = forward(operations$);
    return make((observer) => {
      const subscription = pipe(
        results$,
        onEnd(() => observer.complete()),
        subscribe((result) => startTransition(() => observer.next(result))),
      );
      return () => subscription.unsubscribe();
    });
  };
