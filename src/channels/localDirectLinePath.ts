/** Where the local Direct Line endpoint lives; clients use `<origin>` + this as their `domain`. */
export const LOCAL_DIRECT_LINE_PATH = '/v3/directline';
