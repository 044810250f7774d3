import { useQuery } from 'urql';

import { graphql } from '../gql';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      displayName
      email
      globalRole
      language
      organisation {
        id
        name
        shortName
      }
    }
  }
`);

/** The signed-in user (from the shared urql cache). */
export function useViewer() {
  const [{ data }] = useQuery({ query: ViewerQuery });
  return data?.viewer ?? null;
}
