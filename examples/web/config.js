// Where the example frontend finds Masthead. A page's ?api=http://host:port overrides it
// (and is carried along on the links between the example's pages).
export default {
  api: 'http://localhost:8080',
};
