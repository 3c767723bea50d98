from replyparse.entry import run

run()
