/**
 * What an article id given by a user may be, wherever it is given (a manifest line, the API): it
 * names the article in URL paths (`/api/articles/{id}`) and in event report ids, so it stays
 * short and plain.
 */
export const ARTICLE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,127}$/;

export const ARTICLE_ID_MESSAGE = "expected up to 128 letters, digits, '.', '_', '~' or '-', starting with a letter or digit";
