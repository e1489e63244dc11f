// Every test runs in the offices' time zone (UTC+7): a date turned into a serial by local midnight
// lands on the previous day there, never on a UTC build machine. Jest's globalSetup is where a
// time zone can be set for the test processes.
module.exports = async () => {
  process.env.TZ = 'Asia/Ho_Chi_Minh';
};
