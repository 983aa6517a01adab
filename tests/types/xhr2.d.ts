// xhr2 ships no types; it is a Node implementation of the browser's XMLHttpRequest.
declare module 'xhr2' {
  const XMLHttpRequestPolyfill: typeof XMLHttpRequest;
  export default XMLHttpRequestPolyfill;
}
