//! The GraphQL endpoint: authenticates the bearer token, refuses mutations over GET (they
//! must not be triggerable by a link), and runs one operation per request (no batching).

use async_graphql::{
    ErrorExtensions, Response, ServerError,
    http::GraphiQLSource,
    parser::{parse_query, types::OperationType},
};
use async_graphql_axum::{GraphQLRequest, GraphQLResponse};
use axum::{
    extract::State,
    http::{HeaderMap, Method, header},
    response::Html,
};
use mega_api::{ApiError, RequestIdentity, auth::authenticate, prepare_request};

use super::AppState;

fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
}

fn error_response(err: &ApiError) -> GraphQLResponse {
    let extended = err.extend();
    let mut server_error = ServerError::new(extended.message, None);
    server_error.extensions = extended.extensions;
    Response::from_errors(vec![server_error]).into()
}

fn is_mutation(query: &str) -> bool {
    parse_query(query).is_ok_and(|doc| {
        doc.operations
            .iter()
            .any(|(_, op)| op.node.ty == OperationType::Mutation)
    })
}

/// Runs a GraphQL request (GET query string or POST JSON body).
pub async fn handle(
    State(state): State<AppState>,
    method: Method,
    headers: HeaderMap,
    request: GraphQLRequest,
) -> GraphQLResponse {
    let request = request.into_inner();
    if method == Method::GET && is_mutation(&request.query) {
        return error_response(&ApiError::BadUserInput(
            "Mutations must be sent with POST.".to_owned(),
        ));
    }
    // A token that does not verify leaves the caller anonymous: login and refresh still work,
    // everything else answers UNAUTHENTICATED.
    let identity = match authenticate(&state.db, &state.auth, bearer(&headers)).await {
        Ok(identity) => identity,
        Err(ApiError::Unauthenticated) => RequestIdentity::anonymous(),
        Err(err) => return error_response(&err),
    };
    let request = prepare_request(request, &state.db, identity);
    state.schema.execute(request).await.into()
}

/// The GraphiQL IDE, pointed at `/graphql`.
pub async fn graphiql() -> Html<String> {
    Html(GraphiQLSource::build().endpoint("/graphql").finish())
}
