import KeapnrfServerApp

await KeapnrfServerCommand.main()
