/**
 * The one network call every data adapter makes: POST a GraphQL request as JSON to `/graphql`
 * on the page's origin. A failed request becomes a GraphQL-style error, never a thrown exception,
 * so wires and mutations report it the way they report server-side errors.
 */
import { TODAY_HEADER, type GraphQLErrorBody, type GraphQLRequestBody, type GraphQLResponseBody } from '../../shared/contract';

const GRAPHQL_ENDPOINT = '/graphql';

/** `?today=YYYY-MM-DD` in the page URL (before the #route) replays the page as of that day. */
function requestHeaders(): Record<string, string> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
    const today = new URLSearchParams(window.location.search).get('today');
    if (today) headers[TODAY_HEADER] = today;
    return headers;
}

export async function postGraphQL(request: GraphQLRequestBody): Promise<GraphQLResponseBody> {
    let response: Response;
    try {
        response = await fetch(GRAPHQL_ENDPOINT, {
            method: 'POST',
            headers: requestHeaders(),
            body: JSON.stringify(request)
        });
    } catch (error) {
        return { errors: [networkError(`The preview server could not be reached: ${String(error)}`)] };
    }
    let text: string;
    try {
        text = await response.text();
    } catch (error) {
        return { errors: [networkError(`The connection to the preview server was lost: ${String(error)}`)] };
    }
    let body: unknown;
    try {
        body = JSON.parse(text);
    } catch {
        return { errors: [networkError(`The preview server answered ${response.status} ${response.statusText} without JSON.`)] };
    }
    if (!isResponseBody(body)) {
        return { errors: [networkError(`The preview server answered ${response.status} with an unexpected body.`)] };
    }
    return body;
}

function networkError(message: string): GraphQLErrorBody {
    return { message, extensions: { errorType: 'NetworkError' } };
}

function isResponseBody(value: unknown): value is GraphQLResponseBody {
    return typeof value === 'object' && value !== null && ('data' in value || 'errors' in value);
}
