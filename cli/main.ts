console.log("hi ts", process.argv.slice(2))
