module.exports = async () => {
  await new Promise((done) => (globalThis.__duizhaoServer ? globalThis.__duizhaoServer.close(done) : done()));
};
